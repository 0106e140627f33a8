/** First focusable element of every layout; the target is the layout's <main id="main">. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      Skip to content
    </a>
  );
}

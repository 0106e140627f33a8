import {
  Anchor,
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  Menu,
  Modal,
  Notification,
  PasswordInput,
  Popover,
  Select,
  TextInput,
  Title,
} from '@mantine/core';

// A deep teal: shade 8, the one buttons and links use, keeps white text above 6:1 contrast.
const tandem: MantineColorsTuple = [
  '#e7f6f3',
  '#cfece6',
  '#a2dbd0',
  '#72c9b9',
  '#4bb9a6',
  '#33ae99',
  '#22a08b',
  '#138674',
  '#0d6e64',
  '#075a52',
];

export const theme = createTheme({
  primaryColor: 'tandem',
  primaryShade: 8,
  colors: { tandem },
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: {
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '2.25rem', lineHeight: '1.2' },
      h2: { fontSize: '1.625rem', lineHeight: '1.3' },
    },
  },
  components: {
    // Links inside running text must not rely on colour alone (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    Title: Title.extend({ defaultProps: { c: 'gray.9' } }),
    // The default "Toggle password visibility" makes a search for the "Password" field find two
    // elements (for assistive tech and for tests alike); aria-pressed already tells the state.
    // The focus placeholder is a role="presentation" child of role="menu", which ARIA forbids.
    // No fade: a half-transparent menu fails contrast checks run the moment it opens.
    Menu: Menu.extend({
      defaultProps: { withInitialFocusPlaceholder: false, transitionProps: { duration: 0 } },
    }),
    // Same for dialogs: axe runs the moment one opens, before a fade would end.
    Modal: Modal.extend({
      defaultProps: {
        transitionProps: { duration: 0 },
        closeButtonProps: { 'aria-label': 'Close' },
      },
    }),
    // And popovers (the notification bell's): closing must not leave a fading layer behind.
    Popover: Popover.extend({ defaultProps: { transitionProps: { duration: 0 } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
    }),
    // Every field we ask for is required (inputs still carry `required` for assistive tech), so
    // no asterisks: they clutter the forms and make each label read "Email *" instead of "Email".
    TextInput: TextInput.extend({ defaultProps: { withAsterisk: false } }),
    Select: Select.extend({ defaultProps: { withAsterisk: false } }),
    PasswordInput: PasswordInput.extend({
      defaultProps: {
        withAsterisk: false,
        visibilityToggleButtonProps: { 'aria-label': 'Show what you typed' },
      },
    }),
  },
});

/**
 * Mantine's default dimmed text (gray.6), placeholders and error red (red.6) are below 4.5:1
 * on white; these darker values pass WCAG AA on white and on the light tinted sections.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#6b7280',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

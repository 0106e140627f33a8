import { useEffect } from 'react';

export const APP_NAME = 'Tandem';

/** Sets the tab title ("Settings · Tandem") so each page is announced and findable by name. */
export function usePageTitle(title: string | null) {
  useEffect(() => {
    document.title = title
      ? `${title} · ${APP_NAME}`
      : `${APP_NAME} · Make every mentoring session count`;
  }, [title]);
}

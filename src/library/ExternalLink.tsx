import type { ComponentChildren } from 'preact';
import { safeHttpUrl } from './view-model';

/**
 * A link to an article's page in a new tab, only for http(s) URLs; anything else renders as plain text.
 * `label` is said to screen readers after the visible words (which stay part of the link's name, so a
 * reader who speaks them to voice control still reaches it).
 */
export function ExternalLink({ url, children, label }: { url: string; children: ComponentChildren; label?: string }) {
  const href = safeHttpUrl(url);
  if (!href) return <span class="no-link">{children}</span>;
  return (
    <a class="external" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      {label && <span class="sr-only"> {label}</span>}
    </a>
  );
}

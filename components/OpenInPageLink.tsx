import type { ComponentChildren } from 'preact';

interface OpenInPageLinkProps {
  /** The text-fragment URL: what a middle click or "open in new tab" uses. */
  href: string;
  /** A plain click: Claimlight opens the page, scrolls to the passage and flashes it. */
  onOpen: () => void;
  children: ComponentChildren;
}

/** A link to the passage in its article that still works as an ordinary link. */
export function OpenInPageLink({ href, onOpen, children }: OpenInPageLinkProps) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      data-action="open"
      onClick={(event) => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        onOpen();
      }}
    >
      {children}
    </a>
  );
}

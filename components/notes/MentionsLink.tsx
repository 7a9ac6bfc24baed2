'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';

/** "Mentions" in the header, with how many are unread; refreshed on every page change. */
export function MentionsLink() {
  const pathname = usePathname();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let live = true;
    // The page itself marks them read; after that the count is 0 whatever the request saw.
    if (pathname === '/mentions') {
      setUnread(0);
      return;
    }
    fetch('/api/v1/me/mentions?countOnly=1')
      .then((r) => (r.ok ? r.json() : { unread: 0 }))
      .then((body: { unread: number }) => {
        if (live) setUnread(body.unread);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [pathname]);
  return (
    <Link
      href="/mentions"
      // Opening the page marks mentions read: never load it ahead of a click.
      prefetch={false}
      aria-label={unread > 0 ? `Mentions, ${unread} unread` : 'Mentions'}
      data-testid="mentions-link"
      data-unread={unread}
    >
      Mentions{unread > 0 && <span className="badge">{unread}</span>}
    </Link>
  );
}

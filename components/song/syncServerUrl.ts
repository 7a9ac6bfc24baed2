import { SYNC_PATH } from '@/lib/sync/roomName';

/** The sync endpoint on the page's own origin (ws: or wss:), so the session cookie goes along. */
export const syncServerUrl = (location: Pick<Location, 'protocol' | 'host'>): string =>
  `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${SYNC_PATH}`;

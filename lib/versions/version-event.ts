import type { BusEvent } from '@/lib/events/bus';

/** What the song's live event stream says about versions: clients refetch the versions list on any of them. */
export type VersionEventType = 'version.saved' | 'version.approved' | 'version.changed';

/** A version event for the bus (JSON only, tagged and versioned like the notes events). */
export function versionEvent(
  type: VersionEventType,
  versionId: string,
): BusEvent & { v: 1; versionId: string } {
  return { type, v: 1, versionId };
}

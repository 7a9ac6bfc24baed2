import type { BusEvent } from '@/lib/events/bus';

/**
 * What the song's live event stream says about stems: one was added, or its analysis moved on
 * (state or progress). Clients refetch the stem list on it.
 */
export function stemChangedEvent(stemId: string): BusEvent & { v: 1; stemId: string } {
  return { type: 'stem.changed', v: 1, stemId };
}

import 'server-only';
import type { Database } from '@/db/client';
import type { EventBus } from '@/lib/events/bus';

/** What the notes services need: the database, and the bus that tells live listeners (absent in scripts). */
export interface NotesDeps {
  db: Database;
  events?: EventBus;
}

import { count } from 'drizzle-orm';
import * as Y from 'yjs';
import { docUpdates, memberships, projects, songs, stems, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import type { AppContext } from '@/lib/context';
import { addMarker, initialTrackId, initMixDocument, setTrackPan } from '@/lib/mix';
import { createWav24Encoder } from '@/lib/render/wav24Encoder';
import { formatMixRoom } from '@/lib/sync/roomName';
import { type DemoStem, synthesizeDemoSong } from './synth';

export const DEMO_EMAIL = 'demo@mixroom.dev';
export const DEMO_PASSWORD = 'listen-to-the-mix';
const SAMPLE_RATE = 48_000;

// A starting balance so the demo sounds like a mix, not four centred stems.
const DEMO_PANS: Record<string, number> = { drums: 0, bass: 0, keys: -0.35, lead: 0.25 };

/** On an empty database: the demo account, owning a project with one synthesized song of four stems. */
export async function seedDemo(
  ctx: Pick<AppContext, 'db' | 'blobs'>,
  log: Pick<Console, 'log'>,
): Promise<void> {
  const { db, blobs } = ctx;
  const [{ users: existing } = { users: 0 }] = await db.select({ users: count() }).from(users);
  if (existing > 0) return;
  const started = performance.now();
  const song = synthesizeDemoSong({ sampleRate: SAMPLE_RATE });

  const files: { stem: DemoStem; sha256: string; sizeBytes: number }[] = [];
  for (const stem of song.stems) {
    const bytes = encodeWav24(stem.channels, SAMPLE_RATE);
    files.push({ stem, sha256: await blobs.putBytes(bytes), sizeBytes: bytes.byteLength });
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: DEMO_EMAIL, name: 'Demo Listener', passwordHash })
      .returning();
    const [project] = await tx
      .insert(projects)
      .values({ name: 'Demo project', kind: 'single', createdBy: user!.id })
      .returning();
    await tx.insert(memberships).values({ projectId: project!.id, userId: user!.id, role: 'owner' });
    const [songRow] = await tx
      .insert(songs)
      .values({ projectId: project!.id, title: song.title })
      .returning();
    const stemRows = [];
    for (const [index, file] of files.entries()) {
      const [row] = await tx
        .insert(stems)
        .values({
          songId: songRow!.id,
          name: file.stem.name,
          fileName: `${String(index + 1).padStart(2, '0')} ${file.stem.name}.wav`,
          sha256: file.sha256,
          sizeBytes: file.sizeBytes,
          format: 'wav',
          sampleRate: SAMPLE_RATE,
          channels: file.stem.channels.length,
          bitDepth: 24,
          durationSec: file.stem.channels[0]!.length / SAMPLE_RATE,
          uploadedBy: user!.id,
          // Stems of the same song are created in one transaction; keep their upload order stable.
          createdAt: new Date(Date.now() + index),
        })
        .returning();
      stemRows.push({ row: row!, fileStem: file.stem.fileStem });
    }
    const doc = new Y.Doc();
    initMixDocument(
      doc,
      stemRows.map(({ row }) => ({ id: row.id, name: row.name })),
    );
    for (const { row, fileStem } of stemRows)
      setTrackPan(doc, initialTrackId(row.id), DEMO_PANS[fileStem] ?? 0);
    for (const marker of song.markers) addMarker(doc, marker);
    await tx
      .insert(docUpdates)
      .values({ docName: formatMixRoom(songRow!.id), update: Y.encodeStateAsUpdate(doc) });
  });
  log.log(
    `Demo ready: ${DEMO_EMAIL} / ${DEMO_PASSWORD} (“${song.title}”, ${song.stems.length} stems, ${Math.round(performance.now() - started)} ms)`,
  );
}

function encodeWav24(channels: Float32Array[], sampleRate: number): Uint8Array {
  const encoder = createWav24Encoder({
    sampleRate,
    channels: channels.length,
    totalFrames: channels[0]!.length,
  });
  const parts = [encoder.header(), encoder.encode(channels), encoder.end()];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

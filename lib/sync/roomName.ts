/** Path under which the sync server listens; a client connects to `${SYNC_PATH}/${roomName}`. */
export const SYNC_PATH = '/sync';

/** A song id as it may appear in a room name: letters, digits, `-` and `_`, 1 to 64 characters. */
const SONG_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MIX_ROOM = /^songs\/([^/]+)\/mix$/;

/** What a room name refers to. Only song mixes exist today; the union leaves room for more. */
export type RoomRef = { kind: 'mix'; songId: string };

/** The room holding a song's mix document: `songs/<songId>/mix`. */
export const formatMixRoom = (songId: string): string => `songs/${songId}/mix`;

/** Parses a room name; null for anything that is not a well-formed `songs/<songId>/mix`. */
export const parseRoomName = (name: string): RoomRef | null => {
  const match = MIX_ROOM.exec(name);
  const songId = match?.[1];
  if (songId === undefined || !SONG_ID.test(songId)) return null;
  return { kind: 'mix', songId };
};

/**
 * Extracts the room name from a request path such as `/sync/songs/abc/mix?token=…`;
 * null when the path is outside `SYNC_PATH` or the room is malformed.
 */
export const roomFromRequestPath = (pathWithQuery: string): { name: string; ref: RoomRef } | null => {
  const path = pathWithQuery.split('?', 1)[0] ?? '';
  if (!path.startsWith(`${SYNC_PATH}/`)) return null;
  let name: string;
  try {
    name = decodeURIComponent(path.slice(SYNC_PATH.length + 1));
  } catch {
    return null;
  }
  const ref = parseRoomName(name);
  return ref ? { name, ref } : null;
};

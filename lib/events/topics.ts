/**
 * The bus topic on which a user's access changes are announced (a role changed, removed from a
 * project, a token revoked): their open event streams end there, and reconnecting checks again.
 */
export function accessTopic(userId: string): string {
  return `access/${userId}`;
}

/** The bus topic of everything live about one song (notes now; versions and approvals may join). */
export function songTopic(songId: string): string {
  return `songs/${songId}`;
}

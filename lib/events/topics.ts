/** The bus topic of everything live about one song (notes now; versions and approvals may join). */
export function songTopic(songId: string): string {
  return `songs/${songId}`;
}

/** Formats a byte count for people: "812 bytes", "4.1 kB", "9.6 MB", "1.2 GB" (decimal units). */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(1)} GB`;
};

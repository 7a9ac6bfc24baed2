/** Where the sync server reports what it did; `console` by default, injectable so tests stay quiet. */
export interface SyncLog {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

/** A log that drops everything. */
export const silentLog: SyncLog = { info() {}, warn() {}, error() {} };

// `server-only` throws when bundled for the browser; under vitest (Node) importing it is a no-op.
export {};

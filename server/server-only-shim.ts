// Plain Node (server/, CLIs) is server-only by definition; Next's client bundles still get the real guard.
export {};

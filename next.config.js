/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets a second checkout-less build (e.g. a debugging session) run beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native/wasm server packages stay outside the bundle; the database client is created once by server/.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'postgres',
    'yjs',
    '@wasm-audio-decoders/flac',
    'mpg123-decoder',
  ],
  poweredByHeader: false,
  // `npm test` runs tsc over the whole repo (both tsconfigs); a second check inside `next build` only costs time.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
};

export default nextConfig;

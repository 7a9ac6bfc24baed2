/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native/wasm server packages stay outside the bundle; the database client is created once by server/.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'postgres',
    'yjs',
    '@wasm-audio-decoders/flac',
    'mpg123-decoder',
  ],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;

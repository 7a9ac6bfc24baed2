// The file ByteSource lives with the other storage adapters; server code imports it from here too.
export { type FileByteSource, fileByteSource } from '@/lib/storage/file-byte-source';

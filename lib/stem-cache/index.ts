// Browser-only: stem bytes kept on the Cache API between visits.
export { DownloadSlots } from './downloadSlots';
export { openStemCache, type StemCache } from './openStemCache';
export { openStemStream, type StemSource, type StemStream, type StemToLoad } from './openStemStream';
export {
  contentCacheUrl,
  contentHashFromEtag,
  STEM_CACHE_NAME,
  stemFileUrl,
  stemIndexUrl,
} from './stemCacheKey';

// Browser-only: stem bytes kept on the Cache API between visits.
export { loadStemBytes, type StemSource, type StemToLoad } from './loadStemBytes';
export { openStemCache, type StemCache } from './openStemCache';
export {
  contentCacheUrl,
  contentHashFromEtag,
  STEM_CACHE_NAME,
  stemFileUrl,
  stemIndexUrl,
} from './stemCacheKey';

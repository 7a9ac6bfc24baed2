import type { LoudnessFigures } from '@/db/schema';
import type { AnalysisResult } from '@/lib/audio/analyser';

/** The loudness columns stored for a stem or a bounce, from an analysis. */
export function loudnessFigures(analysis: AnalysisResult): LoudnessFigures {
  return {
    integratedLufs: analysis.integratedLufs,
    loudnessRangeLu: analysis.loudnessRangeLu,
    truePeakDbtp: analysis.truePeakDbtp,
    samplePeakDbfs: analysis.samplePeakDbfs,
    momentaryMaxLufs: analysis.momentaryMaxLufs,
    shortTermMaxLufs: analysis.shortTermMaxLufs,
  };
}

'use client';
import { Suspense, useMemo } from 'react';
import { MeterBridge, MeterBridgeContext } from '@/components/mixer/meterBridge';
import { SongWorkspace, type SongWorkspaceProps } from '@/components/song/SongWorkspace';
import { RestoreIntoLiveMix } from '@/components/versions/RestoreIntoLiveMix';
import { SongPlayer } from './SongPlayer';
import type { SongStem } from './songStem';

/**
 * The song workspace with the player mounted in its children slot. It exists because a server page
 * cannot pass the render-function children SongWorkspace takes (functions do not cross to the client).
 */
export function PlayableSongWorkspace({
  songTitle,
  stems,
  ...workspace
}: Omit<SongWorkspaceProps, 'children'> & { songTitle: string; stems: SongStem[] }) {
  // The player (below the mixer) lends its meters to the mixer's strips through this bridge.
  const meters = useMemo(() => new MeterBridge(), []);
  return (
    <MeterBridgeContext.Provider value={meters}>
      <SongWorkspace {...workspace}>
        {(mixDocument) => (
          <>
            <Suspense fallback={null}>
              <RestoreIntoLiveMix mixDocument={mixDocument} />
            </Suspense>
            <SongPlayer
              songId={workspace.songId}
              songTitle={songTitle}
              stems={stems}
              mixDocument={mixDocument}
            />
          </>
        )}
      </SongWorkspace>
    </MeterBridgeContext.Provider>
  );
}

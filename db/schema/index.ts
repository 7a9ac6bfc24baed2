export * from './mix';
export * from './notes';
export * from './projects';
export * from './songs';
export * from './users';
export * from './versions';

export * from './mix';
export * from './projects';
export * from './songs';
export * from './users';

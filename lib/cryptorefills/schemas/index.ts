// Every wire schema and vocabulary. Client-safe: nothing here imports server code.
export * from './primitives';
export * from './payment';
export * from './catalog';
export * from './errors';
export * from './order-states';
export * from './order';

// Types only: see attributes.d.ts.
export {};

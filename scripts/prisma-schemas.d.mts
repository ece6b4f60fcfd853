export declare const PROVIDERS: readonly ["sqlite", "postgresql"];
export declare function schemaFor(provider: string): string;
export declare function writeSchemas(): void;

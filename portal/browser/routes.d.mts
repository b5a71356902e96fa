export declare const SMOKE_ROUTES: string[];

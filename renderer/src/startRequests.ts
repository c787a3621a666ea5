/**
 * Imported first by main.tsx: modules run in import order, so these requests
 * are already on their way while React, Lexical and the app initialise.
 */
import { createApi } from './api/client';
import { startBoot } from './app/boot';

export const api = createApi();
export const boot = startBoot(api);

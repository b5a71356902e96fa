import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vitest/config';

// Element Plus components are imported per use (unplugin-vue-components), so each page carries only what it
// shows and the first load stays small (scripts/check-size.mjs holds it under 500 KB gzipped).
// `npm run dev` proxies /api to a running platform (DJ_GATEWAY, default http://127.0.0.1:8080).
export default defineConfig({
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver()], dts: 'components.d.ts' })],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { proxy: { '/api': process.env.DJ_GATEWAY ?? 'http://127.0.0.1:8080' } },
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.ts'],
    // element-plus ships ESM that imports its own CSS; inlining lets Vite resolve it in tests
    server: { deps: { inline: ['element-plus'] } },
  },
});

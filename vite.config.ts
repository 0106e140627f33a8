import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web client lives in web/; the server serves the build from dist/web (see server/main.ts).
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
            },
            // @mantine/charts stays out: it rides with recharts in the charts' own lazy chunk.
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine[\\/](?!charts[\\/])[^\\/]+|@floating-ui)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    // The browser's Origin (localhost:5173) is passed through untouched: the server trusts it in
    // development, so cookie requests pass its origin check.
    proxy: { '/api': { target: 'http://localhost:3000' } },
  },
});

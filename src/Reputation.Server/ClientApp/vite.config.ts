import { defineConfig } from 'vitest/config';

// Two pages: the live view at "/" and the sign-in page. The build lands in the server's
// wwwroot, which ASP.NET Core serves as static files (git-ignored build output).
export default defineConfig({
  build: {
    outDir: '../wwwroot',
    emptyOutDir: true,
    rolldownOptions: {
      // Relative to the project root: npm scripts always run from this folder.
      input: { main: 'index.html', login: 'login.html' },
    },
  },
  server: {
    // `npm run dev` against a server started locally on its default port.
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/hubs': { target: 'http://127.0.0.1:8080', ws: true },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});

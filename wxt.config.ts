import { defineConfig } from 'wxt';

export default defineConfig({
  imports: false,
  // Lets two builds (e.g. a test run and a benchmark) live side by side.
  outDir: process.env.LISEUSE_OUT_DIR ?? '.output',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
  },
});

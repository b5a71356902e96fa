// Page tests render the built pages (dist/, `npm run build` first) with miniprogram-simulate, which needs a DOM.
export default {
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.ts'],
  },
};

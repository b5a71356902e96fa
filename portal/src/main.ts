import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { createPortalRouter } from './router';
import './styles.css';

const app = createApp(App);
app.use(createPinia());
app.use(createPortalRouter());
app.mount('#app');

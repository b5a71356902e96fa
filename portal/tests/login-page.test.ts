import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { tokens } from '@/api/tokens';
import LoginPage from '@/pages/LoginPage.vue';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

async function mountLogin() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', component: LoginPage },
      { path: '/password', name: 'password', component: { template: '<p>password</p>' } },
      { path: '/', component: { template: '<p>home</p>' } },
    ],
  });
  await router.push('/login');
  const wrapper = mount(LoginPage, { global: { plugins: [router] }, attachTo: document.body });
  return { wrapper, router };
}

describe('the login page', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    tokens.clear();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows the service’s reason when the password is wrong', async () => {
    vi.stubGlobal('fetch', async () => json(401, { title: '未登录', status: 401, code: 'BAD_CREDENTIALS', detail: '用户名或密码错误，还可尝试 4 次。' }));
    const { wrapper } = await mountLogin();

    await wrapper.find('input[name="username"]').setValue('zhangwei');
    await wrapper.find('input[name="password"]').setValue('wrong-password');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(wrapper.find('[data-test="login-error"]').text()).toContain('用户名或密码错误，还可尝试 4 次。');
  });

  it('sends a new account to the password page before anything else', async () => {
    vi.stubGlobal('fetch', async () => json(200, { accessToken: 'change-only', expiresIn: 600, passwordChangeRequired: true }));
    const { wrapper, router } = await mountLogin();

    await wrapper.find('input[name="username"]').setValue('newadmin');
    await wrapper.find('input[name="password"]').setValue('Yushan@2026a');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.path).toBe('/password');
    expect(tokens.passwordChangeRequired()).toBe(true);
  });
});

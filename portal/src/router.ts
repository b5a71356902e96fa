// The portal's pages, each loaded when first opened (so the first load stays small). `meta.nav` puts a page in
// the menu; `meta.public` pages need no session. The guard sends a visitor without a session to the login page
// and an account that must change its password to the password page first.
import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router';
import { onSessionLost } from '@/api/client';
import { tokens } from '@/api/tokens';
import { useSession } from '@/stores/session';

declare module 'vue-router' {
  interface RouteMeta {
    title?: string;
    nav?: boolean;
    icon?: string;
    public?: boolean;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@/pages/LoginPage.vue'), meta: { title: '登录', public: true } },
  // public: a letter of introduction's QR code leads here (transfer-service prints {base}/letters/{number}?code=...)
  { path: '/letters/:number', name: 'letter', component: () => import('@/pages/LetterCheckPage.vue'), meta: { title: '介绍信核验', public: true } },
  { path: '/password', name: 'password', component: () => import('@/pages/PasswordPage.vue'), meta: { title: '修改密码' } },
  {
    path: '/',
    component: () => import('@/layout/ShellLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('@/pages/HomePage.vue'), meta: { title: '首页', nav: true, icon: 'HomeFilled' } },
      { path: 'orgs', name: 'orgs', component: () => import('@/pages/OrgTreePage.vue'), meta: { title: '组织架构', nav: true, icon: 'OfficeBuilding' } },
      { path: 'members', name: 'members', component: () => import('@/pages/MembersPage.vue'), meta: { title: '党员管理', nav: true, icon: 'User' } },
      { path: 'transfers', name: 'transfers', component: () => import('@/pages/TransfersPage.vue'), meta: { title: '组织关系转接', nav: true, icon: 'Switch' } },
      { path: 'recruitment', name: 'recruitment', component: () => import('@/pages/RecruitmentPage.vue'), meta: { title: '发展党员', nav: true, icon: 'Flag' } },
      { path: 'life', name: 'life', component: () => import('@/pages/LifePage.vue'), meta: { title: '组织生活', nav: true, icon: 'Calendar' } },
      { path: 'study', name: 'study', component: () => import('@/pages/StudyPage.vue'), meta: { title: '网上党校', nav: true, icon: 'Reading' } },
      { path: 'points', name: 'points', component: () => import('@/pages/PointsPage.vue'), meta: { title: '党费与积分', nav: true, icon: 'Wallet' } },
      { path: 'cadres', name: 'cadres', component: () => import('@/pages/CadresPage.vue'), meta: { title: '基层干部', nav: true, icon: 'Avatar' } },
      { path: 'notices', name: 'notices', component: () => import('@/pages/NoticesPage.vue'), meta: { title: '消息通知', nav: true, icon: 'Message' } },
      { path: 'second-factor', name: 'second-factor', component: () => import('@/pages/SecondFactorPage.vue'), meta: { title: '两步验证' } },
      { path: 'accounts', name: 'accounts', component: () => import('@/pages/AccountsPage.vue'), meta: { title: '账号与审计', nav: true, icon: 'Key' } },
    ],
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/pages/NotFoundPage.vue'), meta: { title: '页面不存在', public: true } },
];

export function createPortalRouter(): Router {
  const router = createRouter({ history: createWebHistory(), routes });

  router.beforeEach(async (to) => {
    const session = useSession();
    if (to.meta.public) return true;
    if (!tokens.access()) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    if (session.passwordChangeRequired) return to.name === 'password' ? true : { name: 'password' };
    if (!session.me) {
      try {
        await session.loadMe();
      } catch {
        session.forget();
        return { name: 'login' };
      }
    }
    return true;
  });

  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} · 党建云` : '党建云';
  });

  onSessionLost(() => {
    useSession().forget();
    const here = router.currentRoute.value;
    if (!here.meta.public) void router.push({ name: 'login', query: { redirect: here.fullPath, expired: '1' } });
  });
  return router;
}

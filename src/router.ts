/**
 * Hash history: a static host serves index.html for one path only, and the hash keeps every
 * view reachable from any sub-path without server rewrites.
 */
import { createRouter, createWebHashHistory } from 'vue-router'
import DashboardView from '@/views/DashboardView.vue'

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [{ path: '/', name: 'dashboard', component: DashboardView }],
})

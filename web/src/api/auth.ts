/** Thin functions over the auth endpoints; types come from the server's schemas. */
import type {
  HelloResponse,
  LoginBody,
  LoginResponse,
  LogoutResponse,
  SessionResponse,
} from '@sesame/server/api'
import { request, setCsrfCookieName } from './client.js'

export async function getSession(): Promise<SessionResponse> {
  const session = await request<SessionResponse>('GET', '/api/session/')
  // The server's CSRF cookie has another name than csrftoken (CSRF_COOKIE_NAME).
  if (session.csrfCookieName !== undefined) setCsrfCookieName(session.csrfCookieName)
  return session
}

export function login(body: LoginBody): Promise<LoginResponse> {
  return request<LoginResponse>('POST', '/api/login/', { body })
}

export function logout(): Promise<LogoutResponse> {
  return request<LogoutResponse>('POST', '/api/logout/')
}

export function hello(): Promise<HelloResponse> {
  return request<HelloResponse>('GET', '/api/hello/')
}

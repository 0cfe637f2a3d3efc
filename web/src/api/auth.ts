/** Thin functions over the auth endpoints; types come from the server's schemas. */
import type {
  HelloResponse,
  LoginBody,
  LoginResponse,
  LogoutResponse,
  SessionResponse,
} from '../../../server/src/http/api.schemas.js'
import { request } from './client.js'

export function getSession(): Promise<SessionResponse> {
  return request<SessionResponse>('GET', '/api/session/')
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

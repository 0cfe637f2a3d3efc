// The practical limit: a bare node:http server that parses the Cookie header, as any session
// layer must, and answers GET /api/hello/ with a small JSON. No auth, no framework, no database.
import { Buffer } from 'node:buffer'
import { createServer } from 'node:http'

const port = Number(process.env.PORT ?? 8100)

function parseCookies(header) {
  const cookies = {}
  for (const pair of header.split(';')) {
    const index = pair.indexOf('=')
    if (index > 0) cookies[pair.slice(0, index).trim()] = pair.slice(index + 1).trim()
  }
  return cookies
}

createServer((request, response) => {
  const cookies = parseCookies(request.headers.cookie ?? '')
  const body = JSON.stringify({ message: `Hello ${cookies.sessionid ? 'bench' : 'anonymous'}` })
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  })
  response.end(body)
}).listen(port, '127.0.0.1', () => console.log(`baseline listening on ${port}`))

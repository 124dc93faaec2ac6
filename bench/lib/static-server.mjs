// @ts-check
// `node static-server.mjs <file> <port>`: the baseline of the cached-page measurement. Serves
// the bytes of one page from memory to every request, as fast as plain Node http can, and says
// "ready" once it listens. Runs in its own process so it shares no thread with wrk.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const [file, port] = process.argv.slice(2)
const body = readFileSync(file)
const headers = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Length': String(body.length),
}
createServer((request, response) => {
  response.writeHead(200, headers)
  response.end(body)
}).listen(Number(port), '127.0.0.1', () => console.log('ready'))

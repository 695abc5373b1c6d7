// The floor of the machine: a bare node:http hello-world, measured in the same run as the scenarios.
import { createServer } from 'node:http';

const port = Number(process.env.PORT);
createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('xin chào');
}).listen(port, '127.0.0.1', () => console.log(`hello on ${port}`));

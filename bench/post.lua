-- POSTs the request in $BODY_FILE; with $DELAY_MS set, each connection waits that long between requests
-- (a rate below saturation, for latencies that are not just queueing). Signed in with the header in $AUTHORIZATION.
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("AUTHORIZATION")
wrk.headers["Accept-Language"] = os.getenv("LANGUAGE_HEADER") or "en"
local pause = tonumber(os.getenv("DELAY_MS") or "0")
if pause > 0 then
  function delay() return pause end
end

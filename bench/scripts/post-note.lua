-- wrk script: writes one scored note per request through a form POST (bench/compare.sh).
-- NOTE_BODY: the form's fields, url-encoded (antiforgery token, sub-goal, score, text, date, time) without the
-- idempotency key; each request adds its own unique __IdempotencyKey (a GUID: RUN_ID, thread, counter), as a fresh
-- form would. A request counts as written only when answered 302 (the app's redirect after saving); anything else
-- (a re-rendered form with a validation error is a 200) is counted and printed as an error.
local threads = {}
local next_thread = 0

function setup(thread)
   thread:set("thread_no", next_thread)
   next_thread = next_thread + 1
   table.insert(threads, thread)
end

function init(args)
   body = os.getenv("NOTE_BODY")
   run_id = os.getenv("RUN_ID") or "0badcafe"
   count = 0
   errors = 0
   statuses = ""
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
   count = count + 1
   local key = string.format("%s-%04x-4000-8000-%012x", run_id, thread_no, count)
   return wrk.format(nil, nil, nil, body .. "&__IdempotencyKey=" .. key)
end

function response(status, headers, response_body)
   if status ~= 302 then
      errors = errors + 1
      if #statuses < 40 then
         statuses = statuses .. status .. " "
      end
   end
end

function done(summary, latency, requests)
   local total = 0
   local seen = ""
   for _, thread in ipairs(threads) do
      total = total + thread:get("errors")
      seen = seen .. thread:get("statuses")
   end
   io.write(string.format("not-302: %d %s\n", total, seen))
end

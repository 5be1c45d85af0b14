# Logging in to the app with curl, for bench/compare.sh and bench/insight.sh (sourced).

# The antiforgery token of the first form in an HTML file.
token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//;s/"$//'; }

# log_in JAR BASE_URL EMAIL PASSWORD: the log-in form (for its antiforgery token), then the post; stops the script
# unless the app redirects (a log-in that succeeded).
log_in() {
    local jar=$1 base=$2 form status
    form=$(mktemp)
    rm -f "$jar"
    curl -s -c "$jar" -b "$jar" -o "$form" "$base/log-ind"
    status=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "Input.Email=$3" \
        --data-urlencode "Input.Password=$4" --data-urlencode "__RequestVerificationToken=$(token_of "$form")" "$base/log-ind")
    rm -f "$form"
    [ "$status" = 302 ] || { echo "log-in of $3 answered $status" >&2; exit 1; }
}

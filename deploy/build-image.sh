#!/usr/bin/env bash
# Builds the server's container image as a tar file without a Docker daemon or a registry, and lists its layers.
#   deploy/build-image.sh            -> server/target/motcua-image.tar (load it: docker load -i ..., podman load -i ...)
# The base image (a jlink'ed JRE with its C libraries, deploy/base-image.sh) is made once and kept in
# server/target/image-base/ until the JDK or base-image.sh changes; Jib (Maven profile "image") adds the
# application's layers on top. MVN_ARGS passes options to Maven (e.g. MVN_ARGS=-o offline).
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/find-java.sh
base_dir=server/target/image-base
base=$base_dir/motcua-base.tar
key=$( { "$JAVA_HOME/bin/java" -version 2>&1; cat deploy/base-image.sh deploy/image/HealthCheck.java; } | sha256sum | cut -c1-16)
if [ ! -s "$base" ] || [ "$(cat "$base_dir/key" 2>/dev/null)" != "$key" ]; then
  rm -rf "$base_dir"
  bash deploy/base-image.sh "$base"
  echo "$key" > "$base_dir/key"
fi
start=$(date +%s)
# shellcheck disable=SC2086
mvn -q ${MVN_ARGS:-} -Pimage -pl server -am -DskipTests package
image=server/target/motcua-image.tar
echo "Image $image ($(du -h "$image" | cut -f1)) built in $(( $(date +%s) - start )) s after the base image"

# The layers, bottom first, with their sizes (docker save format: manifest.json names the config and the layers).
tar -xOf "$image" manifest.json | python3 -c '
import json, sys, tarfile
manifest = json.load(sys.stdin)[0]
image = tarfile.open(sys.argv[1])
sizes = {member.name: member.size for member in image.getmembers()}
config = json.load(image.extractfile(manifest["Config"]))
history = [h for h in config.get("history", []) if not h.get("empty_layer")]
print("tags:", ", ".join(manifest.get("RepoTags", [])))
print("entrypoint:", " ".join(config["config"].get("Entrypoint") or []))
total = 0
for index, layer in enumerate(manifest["Layers"]):
    made = (history[index].get("comment") or history[index].get("created_by", "")) if index < len(history) else ""
    total += sizes[layer]
    print(f"layer {index + 1}: {sizes[layer] / 1048576:8.1f} MiB  {layer}  {made}")
layers = len(manifest["Layers"])
print(f"total:   {total / 1048576:8.1f} MiB in {layers} layers (gzip-compressed)")
' "$image"

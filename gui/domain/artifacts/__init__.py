"""The plan's artifacts: files that set it up, as pure functions from a plan to text.

One module per kind of file: Kubernetes manifests (kubernetes.py), node configuration for
containerd, CRI-O and Docker (node_config.py), shell commands to install and turn on a sandbox
(scripts.py, framed by shell.py) and to verify it (verify.py). Which files a plan gets depends on
its platform (build.py): on self-managed clusters you install the sandbox yourself, on GKE, AKS
and OpenShift the platform does and the artifacts are the commands or resources that turn it on.
Every file starts with comments (in the report's language) saying what it is for, which versions
it is for and where its facts come from; JSON files cannot carry comments, so `applies_to` and
`source` say it beside them.
"""

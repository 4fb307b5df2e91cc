{{/* Chart name, overridable. */}}
{{- define "reputation.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Full name of the release's objects, at most 63 characters (a DNS label). */}}
{{- define "reputation.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "reputation.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels that never change for a release: used by selectors. */}}
{{- define "reputation.selectorLabels" -}}
app.kubernetes.io/name: {{ include "reputation.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "reputation.labels" -}}
helm.sh/chart: {{ include "reputation.chart" . }}
{{ include "reputation.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* Orleans ClusterId: silos with the same one form one cluster. */}}
{{- define "reputation.clusterId" -}}
{{- default (include "reputation.fullname" .) .Values.orleans.clusterId -}}
{{- end -}}

{{- define "reputation.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "reputation.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* Secret whose keys are injected as environment variables. */}}
{{- define "reputation.secretName" -}}
{{- default (include "reputation.fullname" .) .Values.secrets.existingSecret -}}
{{- end -}}

{{- define "reputation.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{/* Upper bound of useful silos: one consumer per partition. */}}
{{- define "reputation.kedaMaxReplicas" -}}
{{- if gt (int .Values.keda.maxReplicas) 0 -}}
{{- .Values.keda.maxReplicas -}}
{{- else -}}
{{- .Values.kafka.partitions -}}
{{- end -}}
{{- end -}}

{{/*
Admin API key: the configured one, else the one already stored by a previous release
(so upgrades keep it), else a new random one. Lets helm lint/template run without it.
*/}}
{{- define "reputation.adminApiKey" -}}
{{- if .Values.auth.adminApiKey -}}
{{- .Values.auth.adminApiKey -}}
{{- else -}}
{{- $existing := lookup "v1" "Secret" .Release.Namespace (include "reputation.fullname" .) -}}
{{- if and $existing (index $existing "data") (hasKey (index $existing "data") "Auth__AdminApiKey") -}}
{{- index $existing.data "Auth__AdminApiKey" | b64dec -}}
{{- else -}}
{{- randAlphaNum 40 -}}
{{- end -}}
{{- end -}}
{{- end -}}

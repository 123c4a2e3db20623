package io.gatehouse.iam;

/**
 * A new access key with its secret: the only time the secret leaves Gatehouse, as with
 * CreateAccessKey ("If a secret key is lost, you can delete the access keys ... and create new keys").
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_AccessKey.html">AccessKey</a>
 */
public record CreatedAccessKey(IamAccessKey key, String secretAccessKey) {

    @Override
    public String toString() {
        return "CreatedAccessKey[" + key.accessKeyId() + "]";
    }
}
